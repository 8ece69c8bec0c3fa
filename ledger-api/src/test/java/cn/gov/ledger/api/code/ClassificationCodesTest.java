package cn.gov.ledger.api.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ClassificationCodesTest {

    @Test
    void aFunctionalItemNamesItsClassAndSection() {
        FunctionalCode item = FunctionalCode.of("2010301");
        assertThat(item.classCode()).isEqualTo("201");
        assertThat(item.sectionCode()).isEqualTo("20103");
        assertThat(item.isItem()).isTrue();
    }

    @Test
    void aFunctionalClassHasNoSection() {
        assertThat(FunctionalCode.of("201").sectionCode()).isNull();
        assertThat(FunctionalCode.of("20103").sectionCode()).isEqualTo("20103");
        assertThat(FunctionalCode.of("20103").isItem()).isFalse();
    }

    @Test
    void anEconomicItemNamesItsClass() {
        assertThat(EconomicCode.of("30201").classCode()).isEqualTo("302");
        assertThat(EconomicCode.of("302").classCode()).isEqualTo("302");
        assertThat(EconomicCode.of("30201").isItem()).isTrue();
    }

    @Test
    void codesOfOtherLengthsOrWithLettersAreRefused() {
        assertThatThrownBy(() -> FunctionalCode.of("2010")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FunctionalCode.of("20103a1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EconomicCode.of("3020101")).isInstanceOf(IllegalArgumentException.class);
    }
}
