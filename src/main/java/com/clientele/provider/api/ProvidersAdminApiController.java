package com.clientele.provider.api;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import com.clientele.base.api.ApiLinks;
import com.clientele.base.api.PageResource;
import com.clientele.base.api.Paging;
import com.clientele.provider.CreatedProvider;
import com.clientele.provider.ProviderAccount;
import com.clientele.provider.ProviderAccountService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The admin console's provider accounts over REST, for an admin's API token. A thin adapter: every
 * rule, the role check and the audit trail are in {@link ProviderAccountService}, which the admin
 * views call too. URLs carry the provider id; the account actions behind them take the account id.
 */
@RestController
@RequestMapping(ProvidersAdminApiController.PATH)
@Tag(name = "Admin: provider accounts", description = "Admins only: list, create, edit, disable, enable, reset"
        + " passwords of and unlock provider accounts; see each business's member count and owners, never its"
        + " customers. Every change is audited with the token's admin as actor.")
class ProvidersAdminApiController {

    static final String PATH = "/api/admin/providers";

    private static final String ID = "The provider id";

    private final ProviderAccountService providers;

    ProvidersAdminApiController(ProviderAccountService providers) {
        this.providers = providers;
    }

    @GetMapping("/")
    @Operation(summary = "List provider accounts", description = "One page of provider accounts, filtered and"
            + " sorted, with their customer, booking and member counts, owners and last sign-in.")
    PageResource<ProviderResource> list(
            @Parameter(description = "Case-insensitive part of the business name or e-mail; at most"
                    + " 254 characters") @RequestParam(required = false) String search,
            @Parameter(description = "Only accounts in this status", schema = @Schema(allowableValues = {"enabled",
                    "locked", "disabled"})) @RequestParam(required = false) String status,
            @Parameter(description = "Sort field, with a leading - for descending. Ties are broken by id. Default:"
                    + " business_name", schema = @Schema(allowableValues = {"business_name", "-business_name",
                    "email", "-email", "customer_count", "-customer_count", "booking_count", "-booking_count",
                    "last_login_at", "-last_login_at", "created_at", "-created_at"}))
            @RequestParam(required = false) String ordering,
            @Parameter(description = "Page number, from 1", schema = @Schema(type = "integer", minimum = "1",
                    defaultValue = "1")) @RequestParam(required = false) String page,
            @Parameter(description = "Accounts per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20"))
            @RequestParam(name = "page_size", required = false) String pageSize) {
        Map<String, Text> errors = new LinkedHashMap<>();
        ProviderQuery query = ProviderQuery.parse(search, status, ordering, errors);
        Paging paging = Paging.parse(page, pageSize, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long count = providers.count(query.filter());
        paging.requireWithin(count);
        List<ProviderResource> results = providers.list(query.filter(),
                        PageRequest.of(paging.page() - 1, paging.size(), query.sort()))
                .stream().map(ProviderResource::of).toList();
        return paging.resource(count, results, query.echo());
    }

    @PostMapping(path = "/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a provider account", description = "With the password sent, or with a generated"
            + " one that this answer returns once as generated_password. The provider signs in with the e-mail.")
    @ApiResponse(responseCode = "201", description = "The new account", headers = @Header(name = HttpHeaders.LOCATION,
            description = "The account's URL", schema = @Schema(type = "string")))
    ResponseEntity<ProviderWithPasswordResource> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = NewProviderRequest.class)))
            @RequestBody JsonNode body) {
        CreatedProvider created = withFieldNames(() -> providers.createProvider(NewProviderRequest.parse(body)));
        URI location = ApiLinks.currentRequestUri().path("{id}/").buildAndExpand(created.providerId()).toUri();
        return ResponseEntity.created(location).body(new ProviderWithPasswordResource(
                ProviderResource.of(providers.provider(created.providerId())), created.generatedPassword()));
    }

    @GetMapping("/{provider_id}/")
    @Operation(summary = "Read a provider account")
    ProviderResource provider(@Parameter(description = ID) @PathVariable("provider_id") long providerId) {
        return ProviderResource.of(providers.provider(providerId));
    }

    @PatchMapping(path = "/{provider_id}/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a provider account", description = "Business name, e-mail, time zone, currency,"
            + " country: any of them, all applied together or none. A new e-mail ends the provider's open sessions;"
            + " they sign in with the new address. Passwords change through reset_password only.")
    ProviderResource update(@Parameter(description = ID) @PathVariable("provider_id") long providerId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ProviderPatch.class)))
            @RequestBody JsonNode body) {
        ProviderAccount current = providers.provider(providerId);
        var changes = ProviderPatch.apply(body, current);
        return ProviderResource.of(withFieldNames(() -> providers.updateProvider(providerId, changes)));
    }

    @PostMapping("/{provider_id}/disable/")
    @Operation(summary = "Disable a business", description = "None of the business's members can sign in any more,"
            + " their open sessions end and their API tokens stop working, at once. Its data stays. Disabling a"
            + " disabled business changes nothing.")
    ProviderResource disable(@Parameter(description = ID) @PathVariable("provider_id") long providerId) {
        providers.disableBusiness(providerId);
        return provider(providerId);
    }

    @PostMapping("/{provider_id}/enable/")
    @Operation(summary = "Enable a business", description = "Every member gets back the state they had: sign-in and"
            + " API tokens work again for them, while a member their owner disabled stays disabled. Enabling an"
            + " enabled business changes nothing.")
    ProviderResource enable(@Parameter(description = ID) @PathVariable("provider_id") long providerId) {
        providers.enableBusiness(providerId);
        return provider(providerId);
    }

    @PostMapping("/{provider_id}/unlock/")
    @Operation(summary = "Unlock a provider account", description = "Lifts a lock-out after too many failed sign-ins."
            + " Unlocking an account that is not locked changes nothing.")
    ProviderResource unlock(@Parameter(description = ID) @PathVariable("provider_id") long providerId) {
        providers.unlock(providers.provider(providerId).accountId());
        return provider(providerId);
    }

    @PostMapping("/{provider_id}/reset_password/")
    @Operation(summary = "Reset a provider's password", description = "Replaces the password with a generated one,"
            + " returned once as generated_password; the provider must choose a new one at the next sign-in. Ends"
            + " the provider's open sessions and lifts a lock-out.")
    ProviderWithPasswordResource resetPassword(
            @Parameter(description = ID) @PathVariable("provider_id") long providerId) {
        String password = providers.resetPassword(providers.provider(providerId).accountId());
        return new ProviderWithPasswordResource(provider(providerId), password);
    }

    private static <T> T withFieldNames(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw ProviderFields.renamed(e);
        }
    }
}
