#pragma once
// An image ready to paint into a PDF: JPEG bytes kept as they are (Cairo embeds them as /DCTDecode,
// never re-encoded; their pixels are decoded only for raster targets), PNG decoded by Cairo and
// written losslessly, SVG drawn as vectors by librsvg.
// The layout asks a picture for its size and resolution; the pdf plugin paints it.
#include <cairo.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/input/image_file.h"

namespace persklaar {

struct SvgLibrary;

class Picture {
 public:
  // The picture of an image file, or nullopt with `why` set (a GIF, a broken file).
  static std::shared_ptr<const Picture> load(const ImageFile& image, std::string& why);
  ~Picture();
  Picture(const Picture&) = delete;
  Picture& operator=(const Picture&) = delete;

  const std::string& media_type() const { return media_type_; }
  const std::string& file() const { return file_; }
  bool is_vector() const { return svg_ != nullptr; }
  // The size in pixels (a raster image) or in CSS pixels (an SVG's intrinsic size or view box).
  double width() const { return width_; }
  double height() const { return height_; }
  // The resolution at which the picture prints when its width is `width_pt` points (rasters only).
  double ppi_at(double width_pt) const { return width_pt > 0 ? width_ * 72.0 / width_pt : 0; }
  // The JPEG file's own bytes (empty for other types), for tests and the EPUB.
  const std::string& jpeg_bytes() const { return jpeg_; }

  // Paints the picture into the rectangle at (x, y) of `width` × `height` user units, scaled to fill it.
  void paint(cairo_t* cr, double x, double y, double width, double height) const;

 private:
  Picture() = default;
  std::string media_type_, file_, jpeg_;
  double width_ = 0, height_ = 0;
  // A JPEG's pixels, decoded the first time a raster target paints it: a vector target embeds the
  // file's own bytes, and decoding a photo is most of a PDF build's time (buurtblad 255 → 150 ms).
  cairo_surface_t* jpeg_pixels() const;

  cairo_surface_t* raster_ = nullptr;  // PNG pixels, or a blank surface carrying the JPEG's bytes
  mutable std::once_flag decoding_;
  mutable cairo_surface_t* decoded_ = nullptr;  // the JPEG's pixels (jpeg_pixels), apart from raster_,
                                                // which vector targets read on other threads meanwhile
  void* svg_ = nullptr;                         // RsvgHandle*
  const SvgLibrary* rsvg_ = nullptr;            // librsvg as loaded when svg_ was read (svg_library.h)
};

using PictureHandle = std::shared_ptr<const Picture>;

}  // namespace persklaar
