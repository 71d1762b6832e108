"""Mail: reading, classifying and matching the employer's mail; composing and sending follow-ups."""
