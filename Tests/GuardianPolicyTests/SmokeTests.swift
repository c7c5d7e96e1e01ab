import Testing
@testable import GuardianPolicy

@Test func devLoads() throws {
    let dev = Fixture.dev
    #expect(dev.evaluate(Fixture.exec("rm -rf /")).decision == .deny)
    #expect(dev.evaluate(FileRequest(path: "/home/user/.aws/credentials", access: .read)).decision == .deny)
}
