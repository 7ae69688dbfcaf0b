/** CSV import (checked row by row, all or nothing unless chosen otherwise) and export of accounts and contacts. */
package io.tacitcrm.exchange.service;
