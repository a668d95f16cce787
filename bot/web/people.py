"""Staff management for admins: list, add, change role, deactivate (ends their sessions)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, Request
from sqlmodel import col, select
from starlette.responses import Response

from bot import staff as staff_domain
from bot.store.staff import ROLES, StaffUser
from bot.web import render
from bot.web.deps import AdminStaff, SessionDep
from bot.web.queue import FormParams

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)


def _user(session: SessionDep, user_id: int) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise HTTPException(404, f"no staff user {user_id}")
    return user


@router.get("/staff")
def staff_list(request: Request, session: SessionDep, admin: AdminStaff) -> Response:
    users = list(session.exec(select(StaffUser).order_by(col(StaffUser.name))))
    return render.page(request, "staff.html", users=users, roles=ROLES, tab="staff")


@router.post("/staff")
def staff_add(request: Request, session: SessionDep, admin: AdminStaff,
              params: FormParams) -> Response:
    try:
        user = staff_domain.create_staff(
            session, name=str(params.get("name") or ""), role=str(params.get("role") or ""),
            password=str(params.get("password") or ""), actor=admin.name)
        session.commit()
    except staff_domain.StaffError as exc:
        session.rollback()
        return render.redirect(request, "/staff", error=str(exc))
    return render.redirect(request, "/staff", ok=f"{user.name} added ({user.role}).")


@router.post("/staff/{user_id}/role")
def staff_role(request: Request, user_id: int, session: SessionDep, admin: AdminStaff,
               params: FormParams) -> Response:
    user = _user(session, user_id)
    if user.id == admin.id:
        return render.redirect(request, "/staff", error="You cannot change your own role.")
    try:
        staff_domain.set_role(session, user, role=str(params.get("role") or ""), actor=admin.name)
        session.commit()
    except staff_domain.StaffError as exc:
        session.rollback()
        return render.redirect(request, "/staff", error=str(exc))
    return render.redirect(request, "/staff", ok=f"{user.name} is now {user.role}.")


@router.post("/staff/{user_id}/active")
def staff_active(request: Request, user_id: int, session: SessionDep, admin: AdminStaff,
                 params: FormParams) -> Response:
    user = _user(session, user_id)
    if user.id == admin.id:
        return render.redirect(request, "/staff", error="You cannot deactivate yourself.")
    active = str(params.get("active")) in ("1", "true", "on")
    staff_domain.set_active(session, user, active=active, actor=admin.name)
    session.commit()
    state = "active again" if active else "deactivated; their sessions ended"
    return render.redirect(request, "/staff", ok=f"{user.name} is {state}.")
