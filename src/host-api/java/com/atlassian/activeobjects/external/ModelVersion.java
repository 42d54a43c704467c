package com.atlassian.activeobjects.external;

/** Compile-time stand-in for AO's model version: a dotted list of non-negative integers. */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int[] parts;

    private ModelVersion(int[] parts) {
        this.parts = parts;
    }

    public static ModelVersion valueOf(String version) {
        String text = version == null || version.isBlank() ? "0" : version.trim();
        String[] split = text.split("\\.");
        int[] parts = new int[split.length];
        for (int i = 0; i < split.length; i++) {
            parts[i] = Integer.parseInt(split[i]);
        }
        return new ModelVersion(parts);
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        int n = Math.max(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            int a = i < parts.length ? parts[i] : 0;
            int b = i < other.parts.length ? other.parts[i] : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelVersion other && isSame(other);
    }

    @Override
    public int hashCode() {
        int h = 0;
        int last = parts.length;
        while (last > 0 && parts[last - 1] == 0) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            h = 31 * h + parts[i];
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(parts[i]);
        }
        return sb.toString();
    }
}
