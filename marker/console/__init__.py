"""The web console (`miji serve`): an entrance like the CLI, for the people who decide.

Server-rendered pages (Starlette + Jinja2, no script at all), one module per page group; every
action calls the same core function the matching CLI command calls, as the logged-in person.
"""
