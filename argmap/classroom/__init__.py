"""Classroom: assignment packages, grading a class against a reference, feedback reports."""
