import pytest

from inboxwallet.quotes import author_text


def test_plain_text_kept():
    assert author_text("Hi Dan,\n\nThe curves are attached.\n\nKaren") == "Hi Dan,\n\nThe curves are attached.\n\nKaren"


def test_interleaved_quotes_keep_the_answers():
    body = "> Can you make Tuesday?\nYes, 10am works.\n> And the deck?\nAttached."
    assert author_text(body) == "Yes, 10am works.\nAttached."


@pytest.mark.parametrize(
    "separator",
    [
        "On Mon, 2 Mar 2026 at 17:40, Maya Lindqvist <maya@lindqvist.example> wrote:",
        "On Mon, Mar 2, 2026 at 5:40 PM Maya Lindqvist <maya@lindqvist.example>\nwrote:",
        "Am 02.03.2026 um 17:40 schrieb Maya Lindqvist <maya@lindqvist.example>:",
        "-----Original Message-----",
        "----- Original Message -----",
        "---------- Forwarded message ---------",
        "---------------------- Forwarded by Dan Fox/ET&S/Energy on 03/12/2001 11:37 AM ---------------------------",
        "Begin forwarded message:",
        "------ Forwarded Message",
        "--------- Inline attachment follows ---------",
        "Martha Bell@ECT on 05/07/2001 10:22 AM",
        "From: Sales <sales@vendor.example>\nSent: Tuesday, March 3, 2026 4:00 PM\nTo: Maya\nSubject: Pricing",
        "Martha Bell\n10/17/2000 01:19 PM\nTo: Dan Fox/ET&S/Energy@ENERGY\ncc:\nSubject: Time off",
        "\tFrom:  Mary Kay Miller                           03/12/2001 07:06 AM",
    ],
)
def test_quoted_and_forwarded_blocks_are_cut(separator):
    body = f"Sounds good, go ahead.\n\n{separator}\n\nOld text that must go.\nMore old text."
    assert author_text(body) == "Sounds good, go ahead."


@pytest.mark.parametrize(
    "footer",
    [
        "-- \nMaya Lindqvist\n+46 70 123 45 67",
        "--\nTom",
        "Sent from my iPhone",
        "This e-mail and any attachments are confidential and intended solely for the addressee.",
        "CONFIDENTIALITY NOTICE: this message is privileged.",
    ],
)
def test_signatures_and_disclaimers_are_cut(footer):
    assert author_text(f"Thanks for the intro to Jonas.\n\n{footer}") == "Thanks for the intro to Jonas."


def test_text_mentioning_from_is_not_cut():
    body = "From: the client's side, this looks fine.\nTo be honest I'd ship it."
    assert author_text(body) == body


def test_empty():
    assert author_text("") == ""
    assert author_text("> only quoted\n> text") == ""


def test_a_rule_of_dashes_in_the_text_is_not_a_forward():
    body = "Agenda\n------\n1. Budget\n2. Hiring"
    assert author_text(body) == body
