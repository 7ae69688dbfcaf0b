package io.tacitcrm.access.rest;

import java.util.List;

public record ShareListJson(List<ShareJson> items) {
}
