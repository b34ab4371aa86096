#include <catch2/catch.hpp>

#include <demo/demogenerator.h>

TEST_CASE("demo placeholder")
{
    CHECK(Keel::demoToday().isValid());
}
