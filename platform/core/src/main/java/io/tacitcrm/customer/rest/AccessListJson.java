package io.tacitcrm.customer.rest;

import java.util.List;

public record AccessListJson(List<AccessJson> items) {
}
