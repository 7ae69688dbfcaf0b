package io.tacitcrm.customer.rest;

import java.util.List;

public record ShareListJson(List<ShareJson> items) {
}
