package org.rapport.recognition.category.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.platform.Permissions;
import org.rapport.recognition.category.CategoryService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /rest/rapport/1.0/categories}: recognition categories. Rules live in {@link CategoryService}. */
@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {
    private final CategoryService categories;
    private final Permissions permissions;

    @Inject
    public CategoryResource(CategoryService categories, Permissions permissions) {
        this.categories = categories;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public List<CategoryJson> list(@QueryParam("all") boolean all) {
        return categories.list(permissions.requireSignedIn(), all).stream().map(CategoryJson::of).toList();
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @LicensedOnly
    public CategoryJson get(@PathParam("id") long id) {
        return CategoryJson.of(categories.get(permissions.requireSignedIn(), id));
    }

    @POST
    @AdminOnly
    public Response create(CategoryRequest body) {
        CategoryJson created = CategoryJson.of(categories.create(permissions.requireSignedIn(), CategoryRequest.draftOf(body)));
        return Response.created(URI.create("categories/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id:[0-9]{1,18}}")
    @AdminOnly
    public CategoryJson update(@PathParam("id") long id, CategoryRequest body) {
        return CategoryJson.of(categories.update(permissions.requireSignedIn(), id, CategoryRequest.draftOf(body)));
    }

    @POST
    @Path("{id:[0-9]{1,18}}/archive")
    @AdminOnly
    public CategoryJson archive(@PathParam("id") long id) {
        return CategoryJson.of(categories.archive(permissions.requireSignedIn(), id));
    }

    @POST
    @Path("{id:[0-9]{1,18}}/restore")
    @AdminOnly
    public CategoryJson restore(@PathParam("id") long id) {
        return CategoryJson.of(categories.restore(permissions.requireSignedIn(), id));
    }

    @PUT
    @Path("order")
    @AdminOnly
    public List<CategoryJson> reorder(OrderRequest body) {
        List<Long> ids = body == null ? List.of() : body.idsOrEmpty();
        return categories.reorder(permissions.requireSignedIn(), ids).stream().map(CategoryJson::of).toList();
    }
}
