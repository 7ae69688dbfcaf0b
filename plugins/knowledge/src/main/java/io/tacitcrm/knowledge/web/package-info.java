/** The knowledge base's REST endpoints under {@code /api/v1/x/knowledge/}, and their JSON shapes. */
package io.tacitcrm.knowledge.web;
