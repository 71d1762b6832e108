"""Exchange formats: unghost/v1 JSON, CSV (own and other trackers), ICS."""
