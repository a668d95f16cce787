"""The staff web app (FastAPI + Jinja2): login, the queue, detail pages, actions, JSON API.

`create_app(settings)` builds it (`bot.web.app`); `serve(settings)` runs it for
`python -m bot web`; `embedded(stack, app)` serves it from `python -m bot run` when
`web.enabled_in_run` is set.
"""

from bot.web.app import create_app
from bot.web.server import embedded, serve

__all__ = ["create_app", "embedded", "serve"]
