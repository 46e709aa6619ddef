"""The comment form's rules: each one, with the message the reader sees."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.comment_rules import (
    FIELDS,
    MAX_LENGTHS,
    WebsiteError,
    clean_fields,
    normalize_website,
    validate,
)

VALID = {"comment": "Nice article.", "name": "Ann", "email": "ann@example.org", "website": ""}


def errors_with(**changes: str) -> dict[str, str]:
    return validate({**VALID, **changes})


def test_valid_comment_has_no_errors() -> None:
    assert validate(VALID) == {}


def test_website_is_optional_and_missing_keys_count_as_empty() -> None:
    assert validate({"comment": "x", "name": "n", "email": "a@b.org"}) == {}
    assert validate({}) == {
        "comment": "Please write a comment.",
        "name": "Please enter your name.",
        "email": "Please enter your email address.",
    }


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("comment", "Please write a comment."),
        ("name", "Please enter your name."),
        ("email", "Please enter your email address."),
    ],
)
@pytest.mark.parametrize("blank", ["", " ", "\t\n  ", "\u00a0\u2003"])
def test_required_fields_blank_or_whitespace_only(field: str, message: str, blank: str) -> None:
    assert errors_with(**{field: blank}) == {field: message}


@pytest.mark.parametrize(
    ("email", "detail"),
    [
        ("ann", "An email address must have an @-sign."),
        ("ann@", "There must be something after the @-sign."),
        ("@example.org", "There must be something before the @-sign."),
        ("ann@example", "The part after the @-sign is not valid. It should have a period."),
        ("ann@@example.org", "The part after the @-sign contains invalid characters"),
        ("ann smith@example.org", "invalid characters before the @-sign"),
        ("ann..smith@example.org", "An email address cannot have two periods in a row."),
    ],
)
def test_email_syntax(email: str, detail: str) -> None:
    message = errors_with(email=email)["email"]
    assert detail in message
    assert message.endswith("Please enter an address such as name@example.com.")


@pytest.mark.parametrize(
    "email",
    [
        "ann@example.org",
        "a.b+tag@sub.example.co.uk",
        "jörg@bücher.de",
        "x@nonexistent-domain-for-sure.zz",
    ],
)
def test_valid_emails_need_no_network(email: str) -> None:
    assert errors_with(email=email) == {}


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("example.org", "https://example.org"),
        ("  example.org/blog  ", "https://example.org/blog"),
        ("http://example.org", "http://example.org"),
        ("HTTPS://Example.org/a?b=1#c", "https://Example.org/a?b=1#c"),
        ("example.org:8080/x", "https://example.org:8080/x"),
        ("localhost:3000", "https://localhost:3000"),
        ("http://[::1]:8000/", "http://[::1]:8000/"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_website_normalized(raw: str, stored: str) -> None:
    assert errors_with(website=raw) == {}
    assert normalize_website(raw) == stored
    assert clean_fields({**VALID, "website": raw})["website"] == stored


ONLY = (
    "Only web addresses starting with http:// or https:// are allowed (this one starts with “{}:”)."
)
EXAMPLE = "Please enter a web address such as https://example.org."


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("javascript:alert(1)", ONLY.format("javascript")),
        ("ftp://example.org", ONLY.format("ftp")),
        ("file:///etc/passwd", ONLY.format("file")),
        ("mailto:ann@example.org", ONLY.format("mailto")),
        ("data:text/html,<b>x</b>", ONLY.format("data")),
        ("my blog.org", "A web address cannot contain spaces. " + EXAMPLE),
        ("https://", "This is not a valid web address. " + EXAMPLE),
        ("http://example.org:99999", "This is not a valid web address. " + EXAMPLE),
        ("http://exa<mple>.org", "This is not a valid web address. " + EXAMPLE),
        ("myblog", "This is not a complete web address. " + EXAMPLE),
    ],
)
def test_website_refused(raw: str, message: str) -> None:
    assert errors_with(website=raw) == {"website": message}
    with pytest.raises(WebsiteError, match="web address"):
        normalize_website(raw)


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("comment", "Your comment"),
        ("name", "Your name"),
        ("email", "Your email address"),
        ("website", "The website address"),
    ],
)
def test_length_limits(field: str, label: str) -> None:
    limit = MAX_LENGTHS[field]
    assert {"comment": 65_525, "name": 245, "email": 100, "website": 200}[field] == limit

    def value(n: int) -> str:
        if field == "email":
            return (
                "a" * (n - len("@example.org")) + "@example.org"
                if n <= 64 + 12
                else ("a" * 60 + "@" + "b" * (n - 65) + ".org")
            )
        if field == "website":
            return "https://example.org/" + "p" * (n - 20)
        return "x" * n

    at_limit, over = value(limit), value(limit + 1)
    assert len(at_limit) == limit and len(over) == limit + 1
    assert field not in errors_with(**{field: at_limit})
    assert errors_with(**{field: over}) == {
        field: f"{label} is too long: {limit + 1:,} characters; at most {limit:,} are allowed."
    }
    # Surrounding whitespace does not count.
    assert field not in errors_with(**{field: "  " + at_limit + "\n"})


def test_clean_fields_trims() -> None:
    fields = {
        "comment": "  hi\n",
        "name": " Ann ",
        "email": " ann@example.org ",
        "website": " example.org ",
    }
    assert validate(fields) == {}
    assert clean_fields(fields) == {
        "comment": "hi",
        "name": "Ann",
        "email": "ann@example.org",
        "website": "https://example.org",
    }


def test_field_order_is_form_order() -> None:
    assert FIELDS == ("comment", "name", "email", "website")


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({f: st.text() for f in FIELDS}))
def test_arbitrary_strings_never_crash(fields: dict[str, str]) -> None:
    errors = validate(fields)
    assert set(errors) <= set(FIELDS)
    assert all(isinstance(m, str) and m for m in errors.values())
    if not errors:
        clean_fields(fields)  # valid input always normalizes


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_website_either_normalizes_to_http_or_explains(raw: str) -> None:
    try:
        url = normalize_website(raw)
    except WebsiteError as exc:
        assert "web address" in str(exc)
    else:
        assert url == "" or url.startswith(("http://", "https://"))
