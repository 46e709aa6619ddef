"""The rules a comment must pass before it is saved, with messages a reader understands.

``validate(fields)`` takes the form's raw text by field name (``comment``, ``name``, ``email``,
``website``) and returns ``{field: message}`` for every field that is not acceptable; an empty
dict means the comment may be saved. The dialog only shows these messages: the rules live here.

* comment, name and email are required; blank or whitespace-only counts as missing;
* the email must be a valid address by syntax (email-validator, no DNS lookup: the app works
  offline);
* the website is optional; a bare domain such as ``example.org`` means ``https://example.org``;
  only http and https addresses are accepted;
* lengths as WordPress enforces them: name 245, email 100, website 200, comment 65,525
  characters (counted after trimming surrounding whitespace).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email

__all__ = [
    "FIELDS",
    "MAX_LENGTHS",
    "WebsiteError",
    "clean_fields",
    "normalize_website",
    "validate",
]

#: Field names, in the order the form shows them (the first invalid one gets focus).
FIELDS = ("comment", "name", "email", "website")

MAX_LENGTHS: Mapping[str, int] = {
    "comment": 65_525,
    "name": 245,
    "email": 100,
    "website": 200,
}

_MISSING = {
    "comment": "Please write a comment.",
    "name": "Please enter your name.",
    "email": "Please enter your email address.",
}

_TOO_LONG = {
    "comment": "Your comment is too long: {n:,} characters; at most {max:,} are allowed.",
    "name": "Your name is too long: {n:,} characters; at most {max:,} are allowed.",
    "email": "Your email address is too long: {n:,} characters; at most {max:,} are allowed.",
    "website": "The website address is too long: {n:,} characters; at most {max:,} are allowed.",
}

WEBSITE_EXAMPLE = "Please enter a web address such as https://example.org."
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", re.DOTALL)
_HOST = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.?$")


class WebsiteError(ValueError):
    """A website that is not an http(s) address; the message is meant for the reader."""


def normalize_website(raw: str) -> str:
    """The website as it will be stored: ``""`` when none was given, else an http(s) URL.

    A bare domain gets ``https://``; any other scheme (``javascript:``, ``ftp://``,
    ``mailto:`` ...) is refused with :class:`WebsiteError`.
    """
    text = raw.strip()
    if not text:
        return ""
    match = _SCHEME.match(text)
    # "example.org:8080/x" parses as scheme "example.org"; a port number after the colon
    # means there was no scheme at all.
    if match and not re.match(r"^\d+(?:[/?#]|$)", match.group(2)):
        scheme = match.group(1).lower()
        if scheme not in ("http", "https"):
            raise WebsiteError(
                "Only web addresses starting with http:// or https:// are allowed "
                f"(this one starts with “{scheme}:”)."
            )
        url = scheme + ":" + match.group(2)
        bare = False
    else:
        url = "https://" + text
        bare = True
    if any(ch.isspace() for ch in url):
        raise WebsiteError("A web address cannot contain spaces. " + WEBSITE_EXAMPLE)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        raise WebsiteError("This is not a valid web address. " + WEBSITE_EXAMPLE) from None
    host = parts.hostname or ""
    if not parts.netloc or not host or not (_HOST.match(host) or _is_ip(host)):
        raise WebsiteError("This is not a valid web address. " + WEBSITE_EXAMPLE)
    if bare and "." not in host.strip(".") and host.lower() != "localhost":
        # "myblog" is more likely a slip than a site: ask for the full domain.
        raise WebsiteError("This is not a complete web address. " + WEBSITE_EXAMPLE)
    return url


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def clean_fields(fields: Mapping[str, str]) -> dict[str, str]:
    """The values to store for valid ``fields``: trimmed, website normalized.

    Call it only when :func:`validate` returned no errors.
    """
    return {
        "comment": fields.get("comment", "").strip(),
        "name": fields.get("name", "").strip(),
        "email": fields.get("email", "").strip(),
        "website": normalize_website(fields.get("website", "")),
    }


def _email_problem(email: str) -> str | None:
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        detail = str(exc).strip()
        if detail and not detail.endswith((".", "!", "?")):
            detail += "."
        return f"{detail} Please enter an address such as name@example.com.".lstrip()
    return None


def validate(fields: Mapping[str, str]) -> dict[str, str]:
    """``{field: message}`` for each field of the comment form that is not acceptable.

    Missing keys count as empty fields. Never raises for any string input.
    """
    errors: dict[str, str] = {}
    for name in FIELDS:
        value = fields.get(name, "") or ""
        text = value.strip()
        if not text:
            if name in _MISSING:
                errors[name] = _MISSING[name]
            continue
        if len(text) > MAX_LENGTHS[name]:
            errors[name] = _TOO_LONG[name].format(n=len(text), max=MAX_LENGTHS[name])
            continue
        if name == "email":
            problem = _email_problem(text)
            if problem:
                errors[name] = problem
        elif name == "website":
            try:
                normalize_website(text)
            except WebsiteError as exc:
                errors[name] = str(exc)
    return errors
