package cn.gov.ledger.service.console;

/**
 * One input of an entry form.
 *
 * @param name   the request field it fills, as the API names it
 * @param label  what the finance office calls it
 * @param input  how it is entered: department, unit, year, source, type, functional, economic, project,
 *               amount, date or text
 */
record FormField(String name, String label, String input, boolean required) {

    static FormField of(String name, String input, boolean required) {
        return new FormField(name, Labels.field(name), input, required);
    }
}
