/*
 * count_vowels in C against the raw Extism ABI: the size and speed limit the Java sample is
 * measured against (benchmarks/README: "C baseline").
 *
 * Same behaviour and output bytes as samples/count-vowels: the vowels come from config "vowels"
 * (default "aeiouAEIOU"); the input and the vowels are read as UTF-8 into UTF-16 code units with
 * the JDK's replacement rules for malformed bytes (as the PDK's Utf8 does), and every input unit
 * found among the vowels' units counts (a non-ASCII vowel counts once, an astral one once per
 * surrogate, as Java's String.indexOf(char) does); a running total is kept in var "total" as a
 * decimal string; the output is {"count":N,"total":T,"vowels":"..."} with the vowels escaped as
 * the PDK's JSON writer (Jackson-jr) does.
 *
 * clang --target=wasm32-unknown-unknown -O2 -nostdlib -Wl,--no-entry -Wl,--export=count_vowels \
 *       -o count_vowels_c.wasm count_vowels.c
 */
#include <stdint.h>

#define EXTISM(name) __attribute__((import_module("extism:host/env"), import_name(#name)))

EXTISM(input_length) uint64_t input_length(void);
EXTISM(input_load_u8) uint32_t input_load_u8(uint64_t offset);
EXTISM(input_load_u64) uint64_t input_load_u64(uint64_t offset);
EXTISM(alloc) uint64_t extism_alloc(uint64_t length);
EXTISM(free) void extism_free(uint64_t offset);
EXTISM(length) uint64_t extism_length(uint64_t offset);
EXTISM(load_u8) uint32_t load_u8(uint64_t offset);
EXTISM(load_u64) uint64_t load_u64(uint64_t offset);
EXTISM(store_u8) void store_u8(uint64_t offset, uint32_t value);
EXTISM(store_u64) void store_u64(uint64_t offset, uint64_t value);
EXTISM(output_set) void output_set(uint64_t offset, uint64_t length);
EXTISM(error_set) void error_set(uint64_t offset);
EXTISM(config_get) uint64_t config_get(uint64_t key);
EXTISM(var_get) uint64_t var_get(uint64_t key);
EXTISM(var_set) void var_set(uint64_t key, uint64_t value);

/* ---- scratch memory: a bump allocator over the heap, reset at each call ---- */

extern unsigned char __heap_base;
static uintptr_t scratch_top;

static void scratch_reset(void) {
    scratch_top = ((uintptr_t) &__heap_base + 7) & ~(uintptr_t) 7;
}

static void *scratch(uint32_t size) {
    uintptr_t at = scratch_top;
    uintptr_t end = (at + size + 7) & ~(uintptr_t) 7;
    uintptr_t have = __builtin_wasm_memory_size(0) * 65536;
    if (end > have && __builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) == (uintptr_t) -1) {
        return 0;
    }
    scratch_top = end;
    return (void *) at;
}

/* ---- kernel blocks ---- */

static void load_block(uint64_t block, uint8_t *to, uint32_t length) {
    uint32_t i = 0;
    for (; i + 8 <= length; i += 8) {
        uint64_t v = load_u64(block + i);
        __builtin_memcpy(to + i, &v, 8);
    }
    for (; i < length; i++) {
        to[i] = (uint8_t) load_u8(block + i);
    }
}

static uint64_t store_block(const uint8_t *from, uint32_t length) {
    uint64_t block = extism_alloc(length);
    uint32_t i = 0;
    for (; i + 8 <= length; i += 8) {
        uint64_t v;
        __builtin_memcpy(&v, from + i, 8);
        store_u64(block + i, v);
    }
    for (; i < length; i++) {
        store_u8(block + i, from[i]);
    }
    return block;
}

static uint64_t store_text(const char *text) {
    uint32_t n = 0;
    while (text[n]) {
        n++;
    }
    return store_block((const uint8_t *) text, n);
}

static int fail(const char *message) {
    error_set(store_text(message));
    return 1;
}

/* ---- UTF-8 to UTF-16 with the JDK's replacement rules (String(byte[], UTF_8), JDK 17) ---- */

#define NOT_CONTINUATION(b) (((b) & 0xC0) != 0x80)

/*
 * Decodes the sequence at bytes[*at] (a lead byte >= 0x80) into out; returns the number of units
 * (1 or 2) and moves *at past what it used; at a truncated end it moves *at to the end.
 */
static uint32_t decode_one(const uint8_t *bytes, uint32_t *at, uint32_t end, uint16_t *out) {
    uint32_t sp = *at;
    int b1 = (int8_t) bytes[sp++];
    uint32_t n = 0;
    if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) {
        if (sp < end) {
            int b2 = (int8_t) bytes[sp++];
            if (NOT_CONTINUATION(b2)) {
                out[n++] = 0xFFFD;
                sp--;
            } else {
                out[n++] = (uint16_t) (((b1 & 0x1F) << 6) | (b2 & 0x3F));
            }
        } else {
            out[n++] = 0xFFFD;
            sp = end;
        }
    } else if ((b1 >> 4) == -2) {
        if (sp + 1 < end) {
            int b2 = (int8_t) bytes[sp++];
            int b3 = (int8_t) bytes[sp++];
            int bad2 = (b1 == (int8_t) 0xE0 && (b2 & 0xE0) == 0x80) || NOT_CONTINUATION(b2);
            if (bad2 || NOT_CONTINUATION(b3)) {
                out[n++] = 0xFFFD;
                sp -= bad2 ? 2 : 1;
            } else {
                int c = ((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
                out[n++] = (uint16_t) (c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c);
            }
        } else if (sp < end && ((b1 == (int8_t) 0xE0 && (bytes[sp] & 0xE0) == 0x80) || NOT_CONTINUATION(bytes[sp]))) {
            out[n++] = 0xFFFD;
        } else {
            out[n++] = 0xFFFD;
            sp = end;
        }
    } else if ((b1 >> 3) == -2) {
        int lead = b1 & 0xFF;
        if (sp + 2 < end) {
            int b2 = (int8_t) bytes[sp++];
            int b3 = (int8_t) bytes[sp++];
            int b4 = (int8_t) bytes[sp++];
            int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
            if (NOT_CONTINUATION(b2) || NOT_CONTINUATION(b3) || NOT_CONTINUATION(b4) || cp < 0x10000 || cp > 0x10FFFF) {
                int v2 = b2 & 0xFF;
                out[n++] = 0xFFFD;
                sp -= 3;
                if (!(lead > 0xF4 || (lead == 0xF0 && (v2 < 0x90 || v2 > 0xBF))
                        || (lead == 0xF4 && (v2 & 0xF0) != 0x80) || NOT_CONTINUATION(b2))) {
                    sp += NOT_CONTINUATION(b3) ? 1 : 2;
                }
            } else {
                out[n++] = (uint16_t) (0xD7C0 + (cp >> 10));
                out[n++] = (uint16_t) (0xDC00 | (cp & 0x3FF));
            }
        } else {
            int b2 = sp < end ? bytes[sp] : 0;
            if (lead > 0xF4 || (sp < end && ((lead == 0xF0 && (b2 < 0x90 || b2 > 0xBF))
                    || (lead == 0xF4 && (b2 & 0xF0) != 0x80) || NOT_CONTINUATION(b2)))) {
                out[n++] = 0xFFFD;
            } else {
                sp++;
                out[n++] = 0xFFFD;
                if (!(sp < end && NOT_CONTINUATION(bytes[sp]))) {
                    sp = end;
                }
            }
        }
    } else {
        out[n++] = 0xFFFD;
    }
    *at = sp;
    return n;
}

/* ---- the vowel set: a table for ASCII, a list for the rest ---- */

static uint8_t ascii_vowel[128];
static uint16_t *other_vowels;
static uint32_t other_count;

static int is_other_vowel(uint16_t unit) {
    for (uint32_t i = 0; i < other_count; i++) {
        if (other_vowels[i] == unit) {
            return 1;
        }
    }
    return 0;
}

/* Unmarks the ASCII vowels again (cheaper than clearing the table, and needs no memset). */
static void clear_vowels(const uint16_t *vowels, uint32_t units) {
    for (uint32_t i = 0; i < units; i++) {
        if (vowels[i] < 0x80) {
            ascii_vowel[vowels[i]] = 0;
        }
    }
}

/* ---- decimal text ---- */

static uint32_t format_i64(int64_t value, char *out) {
    char digits[20];
    uint64_t v = value < 0 ? 0 - (uint64_t) value : (uint64_t) value;
    uint32_t n = 0;
    uint32_t len = 0;
    do {
        digits[n++] = (char) ('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (value < 0) {
        out[len++] = '-';
    }
    while (n > 0) {
        out[len++] = digits[--n];
    }
    return len;
}

/* Long.parseLong on the UTF-8 bytes: optional sign, at least one ASCII digit, no overflow. */
static int parse_i64(const uint8_t *text, uint32_t length, int64_t *value) {
    uint32_t i = 0;
    int negative = 0;
    if (length > 0 && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        i = 1;
    }
    if (i == length) {
        return 0;
    }
    uint64_t limit = negative ? (uint64_t) INT64_MAX + 1 : (uint64_t) INT64_MAX;
    uint64_t v = 0;
    for (; i < length; i++) {
        if (text[i] < '0' || text[i] > '9') {
            return 0;
        }
        uint64_t d = text[i] - '0';
        if (v > (limit - d) / 10) {
            return 0;
        }
        v = v * 10 + d;
    }
    *value = negative ? (int64_t) (0 - v) : (int64_t) v;
    return 1;
}

/* ---- the export ---- */

static const char hex[] = "0123456789ABCDEF";

__attribute__((export_name("count_vowels"))) int32_t count_vowels(void) {
    scratch_reset();

    /* The vowels, as UTF-16 units. */
    static const uint8_t default_vowels[] = "aeiouAEIOU";
    const uint8_t *vowel_bytes = default_vowels;
    uint32_t vowel_length = sizeof default_vowels - 1;
    uint64_t block = config_get(store_text("vowels"));
    if (block != 0) {
        vowel_length = (uint32_t) extism_length(block);
        uint8_t *b = scratch(vowel_length);
        if (!b) {
            return fail("out of memory");
        }
        load_block(block, b, vowel_length);
        vowel_bytes = b;
    }
    uint16_t *vowels = scratch(vowel_length * 2 + 2);
    other_vowels = scratch(vowel_length * 2 + 2);
    if (!vowels || !other_vowels) {
        return fail("out of memory");
    }
    uint32_t units = 0;
    other_count = 0;
    for (uint32_t i = 0; i < vowel_length;) {
        if (vowel_bytes[i] < 0x80) {
            vowels[units++] = vowel_bytes[i++];
        } else {
            units += decode_one(vowel_bytes, &i, vowel_length, vowels + units);
        }
    }
    for (uint32_t i = 0; i < units; i++) {
        if (vowels[i] < 0x80) {
            ascii_vowel[vowels[i]] = 1;
        } else {
            other_vowels[other_count++] = vowels[i];
        }
    }

    /* The input, copied 8 bytes at a time. */
    uint32_t length = (uint32_t) input_length();
    uint8_t *input = scratch(length + 8);
    if (!input) {
        clear_vowels(vowels, units);
        return fail("out of memory");
    }
    uint32_t i = 0;
    for (; i + 8 <= length; i += 8) {
        uint64_t v = input_load_u64(i);
        __builtin_memcpy(input + i, &v, 8);
    }
    for (; i < length; i++) {
        input[i] = (uint8_t) input_load_u8(i);
    }

    /* The count. */
    int32_t count = 0;
    uint16_t decoded[2];
    for (i = 0; i < length;) {
        uint8_t b = input[i];
        if (b < 0x80) {
            count += ascii_vowel[b];
            i++;
        } else {
            uint32_t n = decode_one(input, &i, length, decoded);
            for (uint32_t k = 0; k < n; k++) {
                count += decoded[k] < 0x80 ? ascii_vowel[decoded[k]] : is_other_vowel(decoded[k]);
            }
        }
    }

    clear_vowels(vowels, units);

    /* The running total. */
    int64_t total = 0;
    uint64_t key = store_text("total");
    block = var_get(key);
    if (block != 0) {
        uint32_t n = (uint32_t) extism_length(block);
        uint8_t *text = scratch(n);
        if (!text) {
            return fail("out of memory");
        }
        load_block(block, text, n);
        if (!parse_i64(text, n, &total)) {
            return fail("var total is not a number");
        }
    }
    total = (int64_t) ((uint64_t) total + (uint64_t) count);
    char number[24];
    var_set(key, store_block((const uint8_t *) number, format_i64(total, number)));

    /* {"count":N,"total":T,"vowels":"..."} */
    char *out = scratch(64 + units * 6);
    if (!out) {
        return fail("out of memory");
    }
    uint32_t n = 0;
    static const char part1[] = "{\"count\":";
    static const char part2[] = ",\"total\":";
    static const char part3[] = ",\"vowels\":\"";
    for (const char *p = part1; *p; p++) {
        out[n++] = *p;
    }
    n += format_i64(count, out + n);
    for (const char *p = part2; *p; p++) {
        out[n++] = *p;
    }
    n += format_i64(total, out + n);
    for (const char *p = part3; *p; p++) {
        out[n++] = *p;
    }
    for (uint32_t k = 0; k < units; k++) {
        uint16_t c = vowels[k];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            out[n++] = (char) c;
        } else if (c == '"' || c == '\\') {
            out[n++] = '\\';
            out[n++] = (char) c;
        } else if (c < 0x20) {
            out[n++] = '\\';
            char e = c == '\b' ? 'b' : c == '\t' ? 't' : c == '\n' ? 'n' : c == '\f' ? 'f' : c == '\r' ? 'r' : 0;
            if (e) {
                out[n++] = e;
            } else {
                out[n++] = 'u';
                out[n++] = '0';
                out[n++] = '0';
                out[n++] = hex[c >> 4];
                out[n++] = hex[c & 0xF];
            }
        } else if (c < 0x800) {
            out[n++] = (char) (0xC0 | c >> 6);
            out[n++] = (char) (0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            out[n++] = '\\';
            out[n++] = 'u';
            out[n++] = hex[c >> 12];
            out[n++] = hex[c >> 8 & 0xF];
            out[n++] = hex[c >> 4 & 0xF];
            out[n++] = hex[c & 0xF];
        } else {
            out[n++] = (char) (0xE0 | c >> 12);
            out[n++] = (char) (0x80 | (c >> 6 & 0x3F));
            out[n++] = (char) (0x80 | (c & 0x3F));
        }
    }
    out[n++] = '"';
    out[n++] = '}';
    output_set(store_block((const uint8_t *) out, n), n);
    return 0;
}
