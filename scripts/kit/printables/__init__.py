"""Printable versions: a catalogue of each exhibition and a two-page leaflet of each province,
in each language, as print-ready pages of the site (the visitor prints them, or saves them
as PDF, from the browser; the paper size is set in the page with ``@page``)."""
