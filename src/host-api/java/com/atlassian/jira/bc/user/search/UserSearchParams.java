package com.atlassian.jira.bc.user.search;

/**
 * Compile-time stand-in: the builder calls Rapport makes ({@code builder()}, {@code includeActive},
 * {@code includeInactive}, {@code maxResults(Integer)}, {@code build()}) as public Jira code makes
 * them. The getters are what the standalone host reads; the plugin never calls them.
 */
public class UserSearchParams {
    private final boolean includeActive;
    private final boolean includeInactive;
    private final Integer maxResults;

    protected UserSearchParams(boolean includeActive, boolean includeInactive, Integer maxResults) {
        this.includeActive = includeActive;
        this.includeInactive = includeInactive;
        this.maxResults = maxResults;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean includeActive() {
        return includeActive;
    }

    public boolean includeInactive() {
        return includeInactive;
    }

    public Integer getMaxResults() {
        return maxResults;
    }

    public static class Builder {
        private boolean includeActive = true;
        private boolean includeInactive;
        private Integer maxResults;

        public Builder includeActive(boolean includeActive) {
            this.includeActive = includeActive;
            return this;
        }

        public Builder includeInactive(boolean includeInactive) {
            this.includeInactive = includeInactive;
            return this;
        }

        public Builder maxResults(Integer maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        public UserSearchParams build() {
            return new UserSearchParams(includeActive, includeInactive, maxResults);
        }
    }
}
