"""The day × room grid widget and what it is made of: geometry, painting, zoom, input, drawing ahead."""
