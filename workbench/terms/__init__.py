"""Terminology QA and enforcement on the target side (Korean particles, Russian morphology)."""
