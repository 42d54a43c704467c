package org.rapport.platform.ao;

import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A ColumnQuery reads its select list as AO's own Query does, for plain names and for anything else. */
class ColumnQueryTest {
    @ParameterizedTest
    @ValueSource(strings = {"ID", "ID, NAME, SETTING_VALUE", "ID,NAME", " ID ,  LINK_TARGET", "COUNT(ID)", "NAME AS n, ID",
            "MAX(CREATED_AT) latest", "r.ID, r.MESSAGE"})
    void fieldMetadata_isAosOwn(String columns) {
        assertThat(described(ColumnQuery.select(columns))).isEqualTo(described(Query.select(columns)));
    }

    @Test
    void fields_areAosOwn() {
        assertThat(ColumnQuery.select("ID, NAME").getFields()).containsExactly("ID", "NAME");
    }

    @Test
    void select_refusesAStar() {
        assertThatThrownBy(() -> ColumnQuery.select("*")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> described(Query query) {
        return query.getFieldMetadata().stream()
                .map(f -> f.getColumnName() + "|" + f.getAlias().orElse("-") + "|" + f.getAggregateFunction().orElse("-"))
                .toList();
    }
}
