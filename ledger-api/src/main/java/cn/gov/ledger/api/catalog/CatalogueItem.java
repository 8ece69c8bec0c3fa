package cn.gov.ledger.api.catalog;

import cn.gov.ledger.api.code.ClassificationLevel;

/** One 科目 of a classification catalogue: code, name, level and the code of its parent (null for a 类). */
public record CatalogueItem(String code, String name, ClassificationLevel level, String parent) {
}
