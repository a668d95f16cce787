"""The Carerra privacy inbox bot."""
