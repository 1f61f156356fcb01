"""What the last passed preflight of a campaign saw, so that Resume need not run it again.

Preflight builds messages and reads the last Sender check: on a large campaign it takes a
moment. Resuming a paused campaign whose campaign, template, SMTP profile and sender
identity are those its last passed preflight saw resumes at once; any change runs it again.
The fingerprint is kept in the settings table (``preflight_passed:<campaign id>``), so it
outlives the window.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from typing import Any

from envoi.errors import NotFoundError
from envoi.sending.campaigns import CampaignService
from envoi.sending.profiles import ProfileService
from envoi.store.engine import Store
from envoi.store.settings import Settings
from envoi.templates.identity import load_identity


def _key(campaign_id: int) -> str:
    return f"preflight_passed:{campaign_id}"


def send_inputs(store: Store, campaign_ref: str | int, profiles: ProfileService) -> str:
    """A digest of everything preflight judges that the user can change."""
    campaign = CampaignService(store).get(campaign_ref)
    parts: dict[str, Any] = {
        "campaign": [
            campaign.from_email, campaign.from_name, campaign.reply_to, campaign.subject,
            campaign.body_text, campaign.body_html, campaign.template, campaign.profile_id,
            campaign.audience,
        ],
        "identity": asdict(load_identity(store)),
    }  # fmt: skip
    if campaign.template:
        from envoi.templates.library import TemplateService

        try:
            parts["template"] = repr(TemplateService(store).get(campaign.template).source)
        except NotFoundError:
            parts["template"] = None
    if campaign.profile_id is not None:
        try:
            profile = profiles.get(campaign.profile_id)
            parts["profile"] = [asdict(profile.data), str(profile.tested_at)]
        except NotFoundError:
            parts["profile"] = None
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def remember_passed(store: Store, campaign_ref: str | int, profiles: ProfileService) -> None:
    """Preflight passed (or its warnings were accepted) and the send starts."""
    campaign_id = CampaignService(store).get(campaign_ref).id
    digest = send_inputs(store, campaign_id, profiles)
    Settings(store).put(_key(campaign_id), {"inputs": digest})


def passed_unchanged(store: Store, campaign_ref: str | int, profiles: ProfileService) -> bool:
    """Whether a preflight passed for exactly the campaign's current inputs."""
    campaign_id = CampaignService(store).get(campaign_ref).id
    saved = Settings(store).get_dict(_key(campaign_id))
    return bool(saved) and saved.get("inputs") == send_inputs(store, campaign_id, profiles)
