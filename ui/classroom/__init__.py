"""Classroom exports in the app: essay outline, handout and worksheet PDFs, assignment packages."""
