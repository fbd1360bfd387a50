"""The dashboard: counters and charts, each opening the letters it counts."""
