package org.rapport.org.rest;

import org.rapport.people.rest.PersonJson;

/** One person's place in the org chart: who they are, their manager (or null) and department (or null). */
public record OrgPersonJson(PersonJson person, PersonJson manager, String department) {
}
