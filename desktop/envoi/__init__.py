"""Envoi: a desktop email-campaign manager."""

__version__ = "0.1.0"
