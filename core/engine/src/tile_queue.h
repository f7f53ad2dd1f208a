#pragma once
// The tiles of consecutive images of a tiled lot, queued for the device
// (issue 16, item 6): a batch takes the next tiles whatever image they
// belong to, so every batch but the lot's last is full, and an image's
// tiles may span batches. Each image collects its tiles' grids; it leaves
// complete (stitched grid, image score, closest normal) or failed, in the
// order the images were added. With a block size, a batch never reaches
// from one block of that many images into the next (images 0 .. block-1,
// block .. 2 block-1, ...), so a lot cut at blocks gets the same batches as
// the whole lot; images of one tile count fill their blocks' batches
// exactly, so this costs a partial batch only where tile counts differ.
// The queue holds the images that have tiles
// waiting or in a batch, no more: the caller adds one when fewer tiles than
// a batch are queued.
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "lot_queue.h"
#include "nagl/vision/query_result.h"
#include "tiled_scoring.h"

namespace nagl::engine {

class TileQueue {
 public:
  struct Batch {
    std::vector<Image8> tiles;                          // resized, moved out of their images
    std::vector<int> keys;                              // the tiles' context keys
    std::vector<std::pair<std::uint64_t, int>> owners;  // (image's sequence number, tile index)
  };
  struct Finished {
    QueryResult result;
    double deviceMs = 0.0;  // this image's share of its batches' time (0 when it failed before scoring)
  };

  // block 0: batches run across every image.
  explicit TileQueue(std::size_t normalReferences, std::size_t block = 0) : normals_(normalReferences), block_(block) {}

  // A decoded image whose tiles are to be scored; `keys`: TileContexts::keysFor(image.plan).
  void add(DecodedQuery image, std::string path, std::vector<int> keys);
  // A row without tiles (decode failure, no context for it), handed out in its turn.
  void addFailed(QueryResult failed);

  std::size_t queuedTiles() const { return queuedTiles_; }
  Batch take(std::size_t maxTiles);  // the next tiles, in image then plan order, within a block
  // The batch's scores (scoreTileBatch's order), and the time the batch took.
  void store(const Batch& batch, std::vector<ScoredTile> scored, double deviceMs);
  // Every image with a tile in the batch fails: "<path>: scoring failed: <error>".
  void fail(const Batch& batch, const std::string& error);
  // The images at the front that are complete or failed, in order.
  std::vector<Finished> takeFinished();

 private:
  struct Image {
    QueryResult result;  // index, path, size; status Failed once failed
    tiling::TilePlan plan;
    std::vector<Image8> tiles;  // plan order; taken ones are left empty
    std::vector<int> keys;
    std::vector<FloatImage> grids;
    std::vector<int> votes;  // per normal reference: tiles that found it closest
    std::size_t nextTile = 0, scoredTiles = 0;
    double deviceMs = 0.0;
  };
  Image& bySequence(std::uint64_t sequence) { return images_[static_cast<std::size_t>(sequence - frontSequence_)]; }
  static QueryResult completed(Image& image);

  const std::size_t normals_;
  const std::size_t block_;
  std::deque<Image> images_;
  std::uint64_t frontSequence_ = 0;  // sequence number of images_.front()
  std::size_t queuedTiles_ = 0;
};

}  // namespace nagl::engine
