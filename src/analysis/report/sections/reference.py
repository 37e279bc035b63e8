"""The reference sections at the end: methods and limits, the data dictionary, how to cite, downloads."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

from analysis.report.html import bullet_list, html_table, paragraph
from analysis.report.inputs import ReportInputs
from analysis.report.text import Text, dictionary_translations, fmt_bytes, text_of
from analysis.schemas import ARTICLES, ENTITIES, FACTS, NATIONAL, NATIONAL_SERIES, PANEL, TableSpec

DICTIONARY_TABLES: tuple[TableSpec, ...] = (ARTICLES, FACTS, ENTITIES, PANEL, NATIONAL, NATIONAL_SERIES)


def section_methods(inputs: ReportInputs, t: Text) -> Markup:
    methods = [t(f"methods_{i}") for i in range(1, 6)]
    limits = [t(f"limits_{i}") for i in range(1, 7)]
    return Markup("<h3>{}</h3>{}{}<h3>{}</h3>{}").format(
        t("methods_heading"),
        bullet_list(methods),
        paragraph(t("methods_glossary")),
        t("limits_heading"),
        bullet_list(limits),
    )


def data_dictionary(lang: str) -> list[tuple[TableSpec, str, str, list[tuple[str, str, str, str]]]]:
    """(spec, title, description, [(column, type, unit, meaning)]) per published table, in `lang`."""
    translations = dictionary_translations()
    out = []
    for spec in DICTIONARY_TABLES:
        local = translations.get(spec.name, {}) if lang == "id" else {}
        fields = local.get("fields", {})
        columns = [(f.name, f.type, f.unit or "", fields.get(f.name, f.description)) for f in spec.all_fields]
        out.append((spec, local.get("title", spec.title), local.get("description", spec.description), columns))
    return out


def section_dictionary(inputs: ReportInputs, t: Text) -> Markup:
    parts = [paragraph(t("dictionary_intro"))]
    header = [t("col_column"), t("col_type_data"), t("col_unit"), t("col_meaning")]
    for spec, title, description, columns in data_dictionary(t.lang):
        rows = [
            [Markup("<code>{}</code>").format(name), kind, t.get(f"unit_{unit}", unit) if unit else "", meaning]
            for name, kind, unit, meaning in columns
        ]
        parts.append(
            Markup("<h3>{} <code>{}.csv</code></h3>{}{}").format(
                title,
                spec.name,
                paragraph(description),
                html_table(
                    header, rows, caption=t("dictionary_caption", table=title), table_id=f"dictionary-{spec.name}"
                ),
            )
        )
    return Markup("").join(parts)


def _year(release_date: str | None) -> str | None:
    return release_date[:4] if release_date and re.match(r"^\d{4}", release_date) else None


def citations(
    citation: dict[str, Any] | None, publisher: str, dataset_version: str, release_date: str | None, t: Text
) -> tuple[str, str | None, str]:
    """(dataset citation, software citation or None, BibTeX) from the parameters and CITATION.cff."""
    year = _year(release_date) or t("no_date")
    cff = citation or {}
    title = text_of(cff.get("title")) or "ASN Neutrality Watch"
    url = text_of(cff.get("repository-code") or cff.get("url"))
    dataset = f"{publisher} ({year}). {t('title')}, {t('cite_version', version=dataset_version)} [{t('cite_kind')}]."
    software = None
    if citation:
        names = []
        for author in cff.get("authors") or []:
            if isinstance(author, dict):
                name = author.get("name") or " ".join(
                    v for v in (text_of(author.get("given-names")), text_of(author.get("family-names"))) if v
                )
                if name:
                    names.append(str(name))
        software_year = _year(text_of(cff.get("date-released"))) or t("no_date")
        version = text_of(cff.get("version"))
        software = (
            f"{', '.join(names) or title} ({software_year}). {title}"
            + (f" (version {version})" if version else "")
            + "."
            + (f" {url}" if url else "")
        )
    key = re.sub(r"[^a-z0-9]+", "", publisher.lower())[:20] or "asnwatch"
    bibtex_lines = [
        f"@misc{{{key}{_year(release_date) or ''},",
        f"  author = {{{{{publisher}}}}},",
        f"  title = {{{t('title')}}},",
        f"  year = {{{year}}},",
        f"  version = {{{dataset_version}}},",
        f"  note = {{{t('cite_kind')}}}",
    ]
    if url:
        bibtex_lines[-1] += ","
        bibtex_lines.append(f"  url = {{{url}}}")
    bibtex = "\n".join(bibtex_lines) + "\n}"
    return dataset, software, bibtex


def section_cite(
    inputs: ReportInputs, t: Text, publisher: str, dataset_version: str, release_date: str | None
) -> Markup:
    dataset, software, bibtex = citations(inputs.citation, publisher, dataset_version, release_date, t)
    parts = [Markup("<h3>{}</h3>{}").format(t("cite_dataset"), paragraph(dataset, "asn-citation"))]
    parts.append(Markup('<h3>{}</h3><pre class="asn-bibtex">{}</pre>').format(t("cite_bibtex"), bibtex))
    if software:
        parts.append(Markup("<h3>{}</h3>{}").format(t("cite_software"), paragraph(software, "asn-citation")))
    return Markup("").join(parts)


def release_file(inputs: ReportInputs, name: str) -> Markup:
    """A link to a file of the release beside the report (../name) when it is there; its name otherwise."""
    if any(listed == name for listed, _ in inputs.downloads):
        return Markup('<a href="../{0}"><code>{0}</code></a>').format(name)
    return Markup("<code>{}</code>").format(name)


def section_downloads(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    if not inputs.downloads:
        return paragraph(t("no_downloads"))
    groups: dict[str, list[tuple[str, int]]] = {}
    for name, size in inputs.downloads:
        groups.setdefault(name.split(".", 1)[0], []).append((name, size))
    rows = []
    for stem, files in groups.items():
        links = Markup(" · ").join(
            Markup('<a href="../{}" download>{}</a> <span class="asn-meta">({})</span>').format(
                name, name, fmt_bytes(size, lang)
            )
            for name, size in files
        )
        rows.append([links, t.get(f"file_{stem}", t("file_other"))])
    return Markup("").join(
        [
            paragraph(t("downloads_intro")),
            html_table(
                [t("col_file"), t("col_contents")], rows, caption=t("downloads_caption"), table_id="downloads-table"
            ),
        ]
    )
