"""A customer's HTML mail, made safe to show: nh3 (ammonia) with an allow-list.

Nothing active survives: no script, style, iframe, object, form or event handler; no
`style` attribute (it could hold `url(…)`), no `srcset` or `background`; an image keeps
its `src` only when it is an inline `data:image/…` (never a remote address, which would
tell the sender the mail was read). Links keep http(s)/mailto targets with
rel="noopener noreferrer nofollow". The page's Content-Security-Policy blocks anything
remote a mistake here would let through.
"""

from __future__ import annotations

import re

import nh3

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "center", "code", "dd", "del", "div",
    "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li",
    "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "abbr": {"title"},
}
_DATA_IMAGE = re.compile(r"^data:image/(png|gif|jpe?g|webp);base64,[A-Za-z0-9+/=\s]+$", re.I)
_LINK = re.compile(r"^(https?:|mailto:)", re.I)
_REMOTE = re.compile(r"""(?:src|srcset|background|href)\s*=\s*["']?\s*(?:https?:)?//|url\(""", re.I)


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if _DATA_IMAGE.match(value.strip()) else None
    if tag == "a" and attribute == "href":
        return value if _LINK.match(value.strip()) else None
    return value


def clean(html: str) -> str:
    """Sanitised HTML for the detail page (autoescaping is off only for this string)."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags={"script", "style", "title", "noscript", "template"},
        attributes=ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes={"http", "https", "mailto", "data"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def remote_references(html: str) -> int:
    """How many remote resources (images, styles, links) the original HTML points at."""
    return len(_REMOTE.findall(html or ""))
