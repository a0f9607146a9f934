"""``chronicle serve``: the HTTP API (``/v1``, OpenAPI at ``/docs``) and the web dashboard.

The application is built by ``chronicle.serve.app.create_app`` from a
``ServeConfig``; every route reads through the store's own query, timeline
and export code, and writes through the ingester, so the API answers exactly
what the command line does.
"""
