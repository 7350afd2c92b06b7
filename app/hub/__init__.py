"""The headquarters hub: the sync files of docs/sync.md over HTTP (docs/hub.md).

Qt-free. `app.create_app` builds the FastAPI application over a store
(`store.py`); `serve.serve` runs it with uvicorn for `faltbok hq serve`.
"""
