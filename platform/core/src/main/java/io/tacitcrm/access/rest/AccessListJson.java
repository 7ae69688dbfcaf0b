package io.tacitcrm.access.rest;

import java.util.List;

public record AccessListJson(List<AccessJson> items) {
}
