"""Which outlet published a text, from the text's own cues and a registry users can extend.

Cues, strongest first: a 'Source:' line, the outlet's name in its own banners and notes, the
outlet's domain in its e-mail addresses, the name the page gives its own site (tab title,
masthead, copyright line: `site_name`), and the domain most of its links point to. Each cue is
looked up in the registry, so every outlet it knows gets one canonical name; a site it does not
know keeps the name its page gives it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from newscurate.annotate.site_name import SiteName
from newscurate.clean.characters import ZERO_WIDTH


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True)
class OutletGuess:
    outlet: str | None
    source: str | None  # source_line | banner | email_domain | tab_title | masthead | copyright | link_domain


class OutletRegistry:
    def __init__(self, outlets: list[Outlet]) -> None:
        self.outlets = outlets
        by_alias = sorted(((a, o) for o in outlets for a in (o.name, *o.aliases)), key=lambda p: -len(p[0]))
        # The word bounds stand outside the alternation, so most positions (inside a word) fail at
        # once instead of once per alias; backtracking still tries the aliases longest first.
        alternation = "|".join(re.escape(alias) for alias, _ in by_alias)
        self._alias_pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)" if by_alias else r"(?!x)x", re.IGNORECASE)
        self._by_alias = {alias.casefold(): outlet for alias, outlet in by_alias}
        self._by_domain = {d.casefold(): o for o in outlets for d in o.domains}

    @classmethod
    def load(cls, extra: Path | None = None) -> OutletRegistry:
        entries = {e.name: e for e in _read(resources.files("newscurate.annotate").joinpath("outlets.yaml").read_text())}
        if extra is not None:
            entries.update({e.name: e for e in _read(extra.read_text(encoding="utf-8"))})
        return cls(list(entries.values()))

    def by_name(self, text: str) -> Outlet | None:
        # A plain substring test first: most texts name no outlet, and the word-bounded
        # alternation is slow to scan a long banner with.
        if not any(map(text.casefold().__contains__, self._by_alias)):
            return None
        match = self._alias_pattern.search(text)
        return self._by_alias.get(match.group().casefold()) if match else None

    def exactly(self, name: str) -> Outlet | None:
        """The outlet this is a name or alias of ('the ' aside), not one whose alias it contains: a site
        called 'Wandsworth Guardian' is not 'The Guardian'."""
        folded = name.casefold()
        return self._by_alias.get(folded) or self._by_alias.get(folded.removeprefix("the ")) or self._by_alias.get("the " + folded)

    def by_domain(self, domain: str) -> Outlet | None:
        domain = domain.casefold().removeprefix("www.")
        while domain:
            if domain in self._by_domain:
                return self._by_domain[domain]
            domain = domain.partition(".")[2]
        return None


@lru_cache(maxsize=4)
def default_registry(extra: Path | None = None) -> OutletRegistry:
    return OutletRegistry.load(extra)


def _read(text: str) -> list[Outlet]:
    """Raises ValueError (yaml.YAMLError for YAML that does not parse) when the text is no registry."""
    entries = yaml.safe_load(text) or []

    def strings(value) -> bool:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)

    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("name"), str) and strings(e.get("aliases", [])) and strings(e.get("domains", [])) for e in entries
    ):
        raise ValueError("an outlet registry is a YAML list of entries with a name and optional lists of aliases and domains")
    return [Outlet(entry["name"], tuple(entry.get("aliases", [])), tuple(entry.get("domains", []))) for entry in entries]


_INVISIBLE = str.maketrans("", "", ZERO_WIDTH)


def plain_name(name: str) -> str:
    """A name as read from raw text, without its soft hyphens and zero-width characters, spaced once."""
    return " ".join(name.translate(_INVISIBLE).split())


def domain_of(url: str) -> str:
    """The URL's host without 'www.'; empty for a URL without one, or one urllib cannot split ('http://[::1')."""
    url = url if "://" in url else "http://" + url
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def guess_outlet(
    registry: OutletRegistry,
    source_lines: list[str],
    banner_texts: list[str],
    emails: Iterable[str],
    links: list[str],
    read_site_name: Callable[[list[str]], SiteName | None] | None = None,
) -> OutletGuess:
    """The outlet the text's cues name, strongest first. `read_site_name` reads the name a page gives
    its own site, given the hosts of its e-mails and links: when two cues agree on it, it beats the
    registry's names in banners (a local site reprinting a wire story prints the agency's copyright
    too); a name only one cue gives comes after them, before the domain most links point to."""
    for line in source_lines:
        name = plain_name(line.split(":", 1)[-1])
        outlet = registry.by_name(name)
        return OutletGuess(outlet.name if outlet else name, "source_line")
    hosts = [email.rpartition("@")[2] for email in emails]
    domains = Counter(domain_of(url) for url in dict.fromkeys(links)) if links else Counter()
    site = read_site_name(hosts + list(domains)) if read_site_name is not None else None
    if site is not None and site.confirmed:
        return _named(registry, site)
    for text in banner_texts:
        if outlet := registry.by_name(text):
            return OutletGuess(outlet.name, "banner")
    for host in hosts:
        if outlet := registry.by_domain(host):
            return OutletGuess(outlet.name, "email_domain")
    if site is not None:
        return _named(registry, site)
    for domain, _ in domains.most_common():
        if outlet := registry.by_domain(domain):
            return OutletGuess(outlet.name, "link_domain")
    return OutletGuess(None, None)


def _named(registry: OutletRegistry, site: SiteName) -> OutletGuess:
    name = plain_name(site.name)
    outlet = registry.exactly(name)
    return OutletGuess(outlet.name if outlet else name, site.cue)
