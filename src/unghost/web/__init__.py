"""The web app: FastAPI pages and the /api/v1 JSON API, a thin edge over the services."""
