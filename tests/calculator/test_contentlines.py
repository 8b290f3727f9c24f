"""calculator.contentlines: the one folding and escaping of .ics and .vcf lines (examples worked by hand)."""

import random
from itertools import pairwise

from calculator.contentlines import escape, fold, write


def test_a_line_of_75_octets_is_not_folded():
    assert fold("A" * 75) == "A" * 75


def test_a_longer_line_continues_with_a_space():
    # 75 octets, then a space and the 5 that are left (1 + 5 octets on the second line).
    assert fold("A" * 80) == "A" * 75 + "\r\n " + "A" * 5


def test_a_fold_never_splits_a_cyrillic_letter():
    # "Ж" is 2 octets: 37 of them are 74 octets, the 38th would make 76, so it starts line two;
    # line two holds the space and 37 letters (75 octets), line three the space and the last one.
    assert fold("Ж" * 75) == "Ж" * 37 + "\r\n " + "Ж" * 37 + "\r\n " + "Ж"


def test_text_escapes_the_four_characters_of_both_rfcs():
    assert escape("a\\b; c, d\ne\r\nf") == "a\\\\b\\; c\\, d\\ne\\nf"


def test_write_ends_every_line_with_crlf():
    assert write(["BEGIN:VCARD", "END:VCARD"]) == "BEGIN:VCARD\r\nEND:VCARD\r\n"


def test_folds_of_mixed_widths_keep_every_character_and_the_limit():
    # 1-, 2-, 3- and 4-octet characters (A, Ж, №, 𝔸) and spaces, in random lines of up to 99
    # characters (396 octets): each physical line holds at most 75 octets, only continuations
    # start with the space, and unfolding (removing CRLF and that space) gives the line back.
    rng = random.Random(16)
    for _ in range(2000):
        line = "".join(rng.choice("AЖ№𝔸 ") for _ in range(rng.randrange(0, 100)))
        physical = fold(line).split("\r\n")
        assert all(len(p.encode("utf-8")) <= 75 for p in physical)
        assert all(p.startswith(" ") for p in physical[1:])
        assert "".join([physical[0], *(p[1:] for p in physical[1:])]) == line
        # Full lines: a fold happens only when the next character would not fit.
        for p, after in pairwise(physical):
            assert len(p.encode("utf-8")) + len(after[1].encode("utf-8")) > 75
