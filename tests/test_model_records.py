"""The model's records: statement nodes and flow entities are equal only to themselves, words are values,
and every record shows its fields."""

from __future__ import annotations

from migrate.parse.sdk_model import BuildCallSite, Insertion, SdkWord
from migrate.parse.shell import parse_shell
from migrate.parse.shell_model import Command, Seq, Word
from migrate.parse.words import Lit


def test_two_commands_with_the_same_text_are_two_commands() -> None:
    script = parse_shell("make\nmake\n")
    first, second = script.body.stmts
    assert isinstance(first, Command) and isinstance(second, Command)
    twin = Command(first.start, first.end, first.assigns, first.words, first.redirects)
    assert first != twin and len({first, twin}) == 2
    assert first == first


def test_words_with_the_same_span_and_text_are_equal_whatever_their_parts() -> None:
    read = Word(0, 3, "'a'", (Lit("a", True),))
    split = Word(0, 3, "'a'")
    assert read == split and hash(read) == hash(split)
    assert split.parts == (Lit("a", True),)  # split from the text when the reader gave none
    assert Word(1, 4, "'a'") != read


def test_sdk_words_compare_their_call_and_source_too() -> None:
    call = BuildCallSite(Insertion(10, ", ", ", ", ""))
    word = SdkWord(0, 5, "build", (Lit("build", True),), call=call)
    assert word == SdkWord(0, 5, "build", call=call)
    assert word != SdkWord(0, 5, "build")
    assert word != Word(0, 5, "build")  # a word of an SDK call is not a shell word


def test_a_record_shows_its_class_and_fields() -> None:
    assert repr(Seq(())) == "Seq(stmts=())"
    assert repr(Word(0, 1, "a")) == "Word(start=0, end=1, text='a')"
