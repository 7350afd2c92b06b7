"""Services: everything the UI and the CLI may do, Qt-free, typed errors only."""

from __future__ import annotations

from app.domain import field as f
from app.domain import organisation as o
from app.domain import system as s
from app.domain import training as t
from app.services.attendance import AttendanceService
from app.services.entity import EntityService
from app.services.users import UserService
from app.storage.database import Database


class Services:
    """One entry point per kind of record, over one open database."""

    def __init__(self, db: Database):
        self.db = db
        self.devices = EntityService(db, s.Device)
        self.users = UserService(db)  # role changes guarded: services/users.py
        self.partners = EntityService(db, o.Partner)
        self.projects = EntityService(db, o.Project)
        self.goals = EntityService(db, o.Goal)
        self.indicators = EntityService(db, o.Indicator)
        self.indicator_values = EntityService(db, o.IndicatorValue)
        self.disbursements = EntityService(db, o.Disbursement)
        self.activities = EntityService(db, t.Activity)
        self.trainings = EntityService(db, t.Training)
        self.sessions = EntityService(db, t.TrainingSession)
        self.participants = EntityService(db, t.Participant)
        self.roster_entries = EntityService(db, t.RosterEntry)
        self.attendance_rows = EntityService(db, t.Attendance)
        self.deployments = EntityService(db, f.Deployment)
        self.field_reports = EntityService(db, f.FieldReport)
        self.publications = EntityService(db, f.Publication)
        self.advocacy_events = EntityService(db, f.AdvocacyEvent)
        self.attendance = AttendanceService(db, self.participants)

    def for_table(self, table: str) -> EntityService:
        for service in vars(self).values():
            if isinstance(service, EntityService) and service.entity == table:
                return service
        raise KeyError(table)
