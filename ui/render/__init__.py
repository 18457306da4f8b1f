"""Pictures of the map: PNG, SVG and PDF export and printing, drawn from the same scene as the canvas."""
