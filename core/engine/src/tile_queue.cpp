#include "tile_queue.h"

#include <algorithm>

#include "nagl/tiling/tile_stitching.h"

namespace nagl::engine {

void TileQueue::add(DecodedQuery decoded, std::string path, std::vector<int> keys) {
  Image image;
  image.result.index = decoded.index;
  image.result.path = std::move(path);
  image.result.width = decoded.width;
  image.result.height = decoded.height;
  image.plan = std::move(decoded.plan);
  image.tiles = std::move(decoded.tiles);
  image.keys = std::move(keys);
  image.grids.resize(image.tiles.size());
  image.votes.assign(normals_, 0);
  queuedTiles_ += image.tiles.size();
  images_.push_back(std::move(image));
}

void TileQueue::addFailed(QueryResult failed) {
  Image image;
  image.result = std::move(failed);
  image.result.status = ResultStatus::Failed;
  images_.push_back(std::move(image));
}

TileQueue::Batch TileQueue::take(std::size_t maxTiles) {
  Batch batch;
  for (std::size_t i = 0; i < images_.size() && batch.tiles.size() < maxTiles; ++i) {
    if (block_ > 0 && (frontSequence_ + i) % block_ == 0 && !batch.tiles.empty()) break;
    Image& image = images_[i];
    while (image.nextTile < image.tiles.size() && batch.tiles.size() < maxTiles) {
      const std::size_t t = image.nextTile++;
      batch.tiles.push_back(std::move(image.tiles[t]));
      image.tiles[t] = Image8();  // its pixels go with the batch
      batch.keys.push_back(image.keys[t]);
      batch.owners.emplace_back(frontSequence_ + i, static_cast<int>(t));
    }
  }
  queuedTiles_ -= batch.tiles.size();
  return batch;
}

void TileQueue::store(const Batch& batch, std::vector<ScoredTile> scored, double deviceMs) {
  const double perTile = batch.owners.empty() ? 0.0 : deviceMs / static_cast<double>(batch.owners.size());
  for (std::size_t i = 0; i < batch.owners.size(); ++i) {
    Image& image = bySequence(batch.owners[i].first);
    const auto t = static_cast<std::size_t>(batch.owners[i].second);
    image.grids[t] = std::move(scored[i].grid);
    if (scored[i].closestNormal >= 0) ++image.votes[static_cast<std::size_t>(scored[i].closestNormal)];
    ++image.scoredTiles;
    image.deviceMs += perTile;
  }
}

void TileQueue::fail(const Batch& batch, const std::string& error) {
  for (const auto& owner : batch.owners) {
    Image& image = bySequence(owner.first);
    if (image.result.status == ResultStatus::Failed) continue;
    image.result.status = ResultStatus::Failed;
    image.result.error = image.result.path + ": scoring failed: " + error;
    // Its tiles still queued are dropped.
    queuedTiles_ -= image.tiles.size() - image.nextTile;
    image.tiles.clear();
    image.nextTile = 0;
  }
}

QueryResult TileQueue::completed(Image& image) {
  QueryResult r = std::move(image.result);
  try {
    r.score = tiling::tiledImageScore(image.grids);
    r.patchGrid = tiling::stitchTileGrids(image.plan, image.grids);
    r.status = ResultStatus::Done;
  } catch (const std::exception& e) {
    r.status = ResultStatus::Failed;
    r.error = r.path + ": scoring failed: " + e.what();
  }
  const auto best = std::max_element(image.votes.begin(), image.votes.end());
  if (best != image.votes.end() && *best > 0) r.closestNormal = static_cast<int>(best - image.votes.begin());
  return r;
}

std::vector<TileQueue::Finished> TileQueue::takeFinished() {
  std::vector<Finished> out;
  while (!images_.empty()) {
    // Called between batches: no tile of a failed image is on the device.
    Image& image = images_.front();
    const bool failed = image.result.status == ResultStatus::Failed;
    if (!failed && image.scoredTiles < image.grids.size()) break;
    if (failed)
      out.push_back({std::move(image.result), 0.0});
    else
      out.push_back({completed(image), image.deviceMs});
    images_.pop_front();
    ++frontSequence_;
  }
  return out;
}

}  // namespace nagl::engine
