package cn.gov.ledger.api.assets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a count is of, by the wording of the disclosure (sections 九 and 十二). The code is what clients send;
 * dotted codes are the parts of a breakdown (车辆按用途, 接待按来访方), whose total is the sum of the parts.
 */
public enum StatisticKind {
    VEHICLES_ON_FISCAL_BOOKS("VEHICLES_ON_FISCAL_BOOKS", "开支财政拨款的公务用车保有量", "辆"),
    VEHICLES_LEADERSHIP_VICE_PROVINCIAL("VEHICLES_BY_USE.LEADERSHIP_VICE_PROVINCIAL", "副省级及以上领导干部用车", "辆"),
    VEHICLES_PRINCIPAL("VEHICLES_BY_USE.PRINCIPAL", "主要负责人用车", "辆"),
    VEHICLES_CONFIDENTIAL_COMMUNICATION("VEHICLES_BY_USE.CONFIDENTIAL_COMMUNICATION", "机要通信用车", "辆"),
    VEHICLES_EMERGENCY("VEHICLES_BY_USE.EMERGENCY", "应急保障用车", "辆"),
    VEHICLES_LAW_ENFORCEMENT("VEHICLES_BY_USE.LAW_ENFORCEMENT", "执法执勤用车", "辆"),
    VEHICLES_SPECIAL_TECHNICAL("VEHICLES_BY_USE.SPECIAL_TECHNICAL", "特种专业技术用车", "辆"),
    VEHICLES_RETIRED_CADRES("VEHICLES_BY_USE.RETIRED_CADRES", "离退休干部服务用车", "辆"),
    VEHICLES_OTHER("VEHICLES_BY_USE.OTHER", "其他用车", "辆"),
    EQUIPMENT_OVER_1M("EQUIPMENT_OVER_1M", "单位价值100万元以上设备", "台(套)"),
    VEHICLES_PURCHASED("VEHICLES_PURCHASED", "本年度购置(更新)公务用车", "辆"),
    DELEGATIONS_ABROAD("DELEGATIONS_ABROAD", "因公出国(境)团组", "个"),
    DELEGATION_PEOPLE("DELEGATION_PEOPLE", "因公出国(境)人次", "人次"),
    RECEPTION_VISITS("RECEPTION_VISITS", "公务接待来访团组", "个"),
    RECEPTION_VISITS_FOREIGN("RECEPTION_VISITS.FOREIGN", "外宾接待来访团组", "个"),
    RECEPTION_VISITS_DOMESTIC("RECEPTION_VISITS.DOMESTIC", "国内公务接待来访团组", "个"),
    RECEPTION_PEOPLE("RECEPTION_PEOPLE", "公务接待人次(不包括陪同人员)", "人次"),
    RECEPTION_PEOPLE_FOREIGN("RECEPTION_PEOPLE.FOREIGN", "外宾接待人次(不包括陪同人员)", "人次"),
    RECEPTION_PEOPLE_DOMESTIC("RECEPTION_PEOPLE.DOMESTIC", "国内公务接待人次(不包括陪同人员)", "人次");

    private final String code;
    private final String label;
    private final String measure;

    StatisticKind(String code, String label, String measure) {
        this.code = code;
        this.label = label;
        this.measure = measure;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The unit the count is printed in: 辆, 台(套), 个, 人次. */
    public String measure() {
        return measure;
    }

    public static Optional<StatisticKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    @JsonCreator
    static StatisticKind fromJson(String code) {
        return ofCode(code).orElseThrow(() -> new IllegalArgumentException("unknown statistic kind: " + code));
    }
}
