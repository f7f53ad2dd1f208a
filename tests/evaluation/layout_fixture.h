#pragma once
// A small MVTec-layout category written for the tests:
//   toy/train/good/000..003.png
//   toy/test/good/000..002.png
//   toy/test/a/000..001.png   with ground_truth/a/<stem>_mask.png
//   toy/test/b/000..002.png   with ground_truth/b/<stem>_mask.png
#include <filesystem>
#include <string>

namespace nagl::test {

std::filesystem::path writeToyDataset(const std::string& name);
void writeTestPng(const std::filesystem::path& path, int value, int side = 16);

}  // namespace nagl::test
