/*
 * Benchmark 3's floor: the portfolio's Line items sheet written by plain C through libxlsxwriter.
 *
 *   cc -O2 -o lineitems bench/lineitems.c -lxlsxwriter
 *   ./lineitems CELLS.tsv OUT.xlsx
 *
 * CELLS.tsv is written by `lcbench lineitems` (one row per line: number, scenario, period,
 * category, item, amount in cents, key), so both sides write the same cells with the same
 * formats, column widths, frozen header and autofilter, in constant-memory mode. The file is read
 * into memory first; only the workbook (new ... close, which zips) is timed, best of 5, like the
 * Swift side.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

typedef struct {
    double number;
    char *scenario, *period, *category, *item, *key;
    double amount;
} row_t;

static char *next_field(char **cursor) {
    char *start = *cursor, *end = strpbrk(start, "\t\n");
    if (end) { *end = '\0'; *cursor = end + 1; } else { *cursor = start + strlen(start); }
    return start;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int write_workbook(const char *path, row_t *rows, size_t count) {
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    if (!workbook) return 1;
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_pattern(header, LXW_PATTERN_SOLID);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "$#,##0.00");
    lxw_format *key = workbook_add_format(workbook);
    format_set_italic(key);
    format_set_font_color(key, 0x808080);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Line items");
    const char *headers[] = {"#", "Scenario", "Period", "Category", "Item", "Amount", "Line key"};
    for (lxw_col_t c = 0; c < 7; c++) worksheet_write_string(sheet, 0, c, headers[c], header);
    for (size_t i = 0; i < count; i++) {
        lxw_row_t r = (lxw_row_t)(i + 1);
        worksheet_write_number(sheet, r, 0, rows[i].number, NULL);
        worksheet_write_string(sheet, r, 1, rows[i].scenario, NULL);
        worksheet_write_string(sheet, r, 2, rows[i].period, NULL);
        worksheet_write_string(sheet, r, 3, rows[i].category, NULL);
        worksheet_write_string(sheet, r, 4, rows[i].item, NULL);
        worksheet_write_number(sheet, r, 5, rows[i].amount, money);
        worksheet_write_string(sheet, r, 6, rows[i].key, key);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, (lxw_row_t)(count > 0 ? count : 1), 6);
    worksheet_set_column(sheet, 0, 0, 6, NULL);
    worksheet_set_column(sheet, 1, 1, 44, NULL);
    worksheet_set_column(sheet, 2, 3, 14, NULL);
    worksheet_set_column(sheet, 4, 4, 34, NULL);
    worksheet_set_column(sheet, 5, 5, 15, NULL);
    worksheet_set_column(sheet, 6, 6, 24, NULL);
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: %s CELLS.tsv OUT.xlsx\n", argv[0]); return 2; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 1; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, file) != (size_t)size) { perror("read"); return 1; }
    text[size] = '\0';
    fclose(file);
    size_t capacity = 1024, count = 0;
    row_t *rows = malloc(capacity * sizeof(row_t));
    for (char *cursor = text; *cursor;) {
        if (count == capacity) rows = realloc(rows, (capacity *= 2) * sizeof(row_t));
        row_t *row = &rows[count++];
        row->number = atof(next_field(&cursor));
        row->scenario = next_field(&cursor);
        row->period = next_field(&cursor);
        row->category = next_field(&cursor);
        row->item = next_field(&cursor);
        row->amount = (double)atoll(next_field(&cursor)) / 100;   /* the double nearest the exact amount */
        row->key = next_field(&cursor);
    }
    double best = 1e9;
    for (int run = 0; run < 5; run++) {
        double start = now();
        if (write_workbook(argv[2], rows, count) != 0) { fprintf(stderr, "libxlsxwriter failed\n"); return 1; }
        double elapsed = now() - start;
        if (elapsed < best) best = elapsed;
    }
    printf("C line items: %zu rows, best of 5: %.3f s\n", count, best);
    return 0;
}
