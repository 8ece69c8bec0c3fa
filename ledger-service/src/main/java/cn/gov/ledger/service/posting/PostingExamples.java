package cn.gov.ledger.service.posting;

/** Request bodies of the API contract as the OpenAPI document shows them (Swagger UI's "Try it out"). */
public final class PostingExamples {

    public static final String APPROPRIATION = """
            {"department": "wcjgsw", "unit": "wcjgsw-bj", "fiscalYear": "2024", "functionalCode": "2010301",
             "source": "GENERAL_PUBLIC_BUDGET", "expenditureType": "BASIC", "amount": "175200.00",
             "businessDate": "2024-01-05", "documentNo": "WC-2024-APP-001", "memo": "年初预算"}""";
    public static final String ADJUSTMENT = """
            {"department": "wcjgsw", "unit": "wcjgsw-bj", "fiscalYear": "2024", "functionalCode": "2010301",
             "source": "GENERAL_PUBLIC_BUDGET", "expenditureType": "BASIC", "amount": "-5000.00",
             "businessDate": "2024-07-01", "documentNo": "WC-2024-ADJ-003", "reason": "年中追减"}""";
    public static final String INCOME = """
            {"department": "wcjgsw", "unit": "wcjgsw-bj", "fiscalYear": "2024", "source": "GENERAL_PUBLIC_BUDGET",
             "functionalCode": "2010301", "amount": "1864800.00", "businessDate": "2024-01-15",
             "documentNo": "拨款-2024-001", "memo": "财政拨款"}""";
    public static final String EXPENDITURE = """
            {"department": "wcjgsw", "unit": "wcjgsw-bj", "fiscalYear": "2024", "functionalCode": "2010301",
             "source": "GENERAL_PUBLIC_BUDGET", "expenditureType": "BASIC", "economicCode": "30201",
             "amount": "12000.50", "businessDate": "2024-03-15", "voucherNo": "记-2024-03-0012",
             "payee": "武汉某文具公司", "memo": "办公用品"}""";
    public static final String IMPORT = """
            type,department,unit,fiscalYear,source,functionalCode,expenditureType,project,economicCode,amount,\
            businessDate,documentNo,voucherNo,payee,memo,reason
            APPROPRIATION,wcjgsw,wcjgsw-bj,2024,GENERAL_PUBLIC_BUDGET,2010301,BASIC,,,175200.00,2024-01-05,\
            WC-2024-APP-001,,,年初预算,
            EXPENDITURE,wcjgsw,wcjgsw-bj,2024,GENERAL_PUBLIC_BUDGET,2010301,BASIC,,30201,12000.50,2024-03-15,,\
            记-2024-03-0012,武汉某文具公司,办公用品,
            """;

    private PostingExamples() {
    }
}
