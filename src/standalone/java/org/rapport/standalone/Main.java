package org.rapport.standalone;

/** {@code ./rapport run}: starts the standalone host and keeps it running until stopped. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        HostOptions options;
        try {
            options = HostOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        RapportHost host;
        try {
            host = RapportHost.start(options, System.out);
        } catch (HostRefusedToStart e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "rapport-shutdown"));
        System.out.println("Rapport is running at " + host.baseUrl() + "/  (" + HostProduct.RUNNING.label() + " host, Java "
                + Runtime.version().feature() + "; Ctrl+C to stop)");
        host.join();
    }
}
